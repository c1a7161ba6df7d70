/** City Lab's HTTP API under /api/citylab: challenges, proposals, matching, field experiments, projects. */
package jp.kyoso.citylab.web;
