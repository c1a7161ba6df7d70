package jp.kyoso.mail;

/** A template filled in: what the recipient will read. */
public record RenderedMail(String subject, String body) {
}
