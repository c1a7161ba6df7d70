package jp.kyoso.declarations.declaration;

/** The declaration's own words: who signs it (代表者 name and title) and the organisation's 2030 vision. */
public record DeclarationText(String representativeName, String representativeTitle, String vision) {
}
