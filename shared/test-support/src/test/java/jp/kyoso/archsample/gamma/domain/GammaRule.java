package jp.kyoso.archsample.gamma.domain;

import jp.kyoso.archsample.gamma.GammaHandler;

/** A domain type reaching for a bean of its own feature: both domain rules should name it. */
public record GammaRule(GammaHandler handler) {
}
