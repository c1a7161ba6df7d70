/** The fund's HTTP API under {@code /api/fund}, with its request and response bodies. */
package jp.kyoso.fund.web;
