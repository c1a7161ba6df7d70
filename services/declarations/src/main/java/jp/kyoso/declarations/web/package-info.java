/** The declarations HTTP API under {@code /api/declarations}, with its request and response bodies. */
package jp.kyoso.declarations.web;
