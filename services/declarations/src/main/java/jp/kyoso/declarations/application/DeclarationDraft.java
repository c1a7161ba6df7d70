package jp.kyoso.declarations.application;

import java.util.List;
import jp.kyoso.declarations.domain.DeclarationText;

/** A whole draft as saved from the form: the declaration's text and every commitment, in order. */
public record DeclarationDraft(DeclarationText text, List<CommitmentInput> commitments) {
}
