/** City Lab's rules: challenges and their states, proposals, collaboration projects, matching scores; no I/O. */
package jp.kyoso.citylab.domain;
