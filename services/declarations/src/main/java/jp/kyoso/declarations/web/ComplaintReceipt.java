package jp.kyoso.declarations.web;

import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;
import jp.kyoso.declarations.domain.ComplaintStatus;

/** What an anonymous complainant gets back: a reference and the status, nothing about others. */
@Serdeable
public record ComplaintReceipt(UUID id, ComplaintStatus status) {
}
