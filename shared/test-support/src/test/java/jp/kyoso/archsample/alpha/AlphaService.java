package jp.kyoso.archsample.alpha;

import jp.kyoso.archsample.beta.BetaNotice;

public class AlphaService {
    private final AlphaRepository repository;

    public AlphaService(AlphaRepository repository) {
        this.repository = repository;
    }

    public BetaNotice notice(String id) {
        return new BetaNotice(repository.find(id));
    }
}
