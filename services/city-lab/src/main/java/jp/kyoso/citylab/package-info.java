/** The city-lab service: City Lab (シティラボ): challenges, proposals, field experiments, collaboration projects. */
package jp.kyoso.citylab;
