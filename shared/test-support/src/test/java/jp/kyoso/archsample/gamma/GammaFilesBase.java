package jp.kyoso.archsample.gamma;

/** The shared half of a bean: not a domain type, though it carries no annotation itself. */
public abstract class GammaFilesBase {
    private final GammaHandler handler;

    protected GammaFilesBase(GammaHandler handler) {
        this.handler = handler;
    }

    protected GammaHandler handler() {
        return handler;
    }
}
