package jp.kyoso.local.demo;

/**
 * What a {@link DemoLoader} is given besides its own portal client, so that loaders need nothing of {@link DemoData},
 * which composes them.
 *
 * @param password the password every demo account of the portal shares
 */
record DemoContext(String password) {
}
