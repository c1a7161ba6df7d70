package jp.kyoso.archsample.beta;

public record BetaNotice(String text) {
}
