package jp.kyoso.archsample.gamma;

import jp.kyoso.archsample.Singleton;

@Singleton
public class GammaFiles extends GammaFilesBase {
    public GammaFiles(GammaHandler handler) {
        super(handler);
    }
}
