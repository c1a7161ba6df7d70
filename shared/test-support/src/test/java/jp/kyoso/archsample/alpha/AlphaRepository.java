package jp.kyoso.archsample.alpha;

public interface AlphaRepository {
    String find(String id);
}
