package jp.kyoso.local;

public final class KyosoLocal {
    public static void main(String[] args) {
    }
}
