/** The co-creation HTTP API under {@code /api/cocreation}, with its request and response bodies. */
package jp.kyoso.cocreation.web;
