package jp.kyoso.declarations.declaration;

import java.util.List;

/** A whole draft as saved from the form: the declaration's text and every commitment, in order. */
public record DeclarationDraft(DeclarationText text, List<CommitmentInput> commitments) {
}
