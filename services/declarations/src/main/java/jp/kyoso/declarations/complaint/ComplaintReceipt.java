package jp.kyoso.declarations.complaint;

import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;

/** What an anonymous complainant gets back: a reference and the status, nothing about others. */
@Serdeable
public record ComplaintReceipt(UUID id, ComplaintStatus status) {
}
