package jp.kyoso.local.demo;

/** One programme's demo data: enters what is missing through the portal, so a re-run completes a partial load. */
@FunctionalInterface
interface DemoLoader {

    /**
     * @param client a portal client of the loader's own (it signs in as the people it acts for)
     * @param demo how the demo accounts sign in
     * @return a one-line summary of what was entered
     */
    String load(PortalClient client, DemoContext demo);
}
