package jp.kyoso.archsample.gamma;

import jp.kyoso.archsample.Singleton;

@Singleton
public class GammaHandler {
    public void handle() {
    }
}
