package jp.kyoso.cocreation.support;

/** Object mother: fresh, valid corporate numbers (法人番号); the shared one, under the name co-creation's tests use. */
public final class CorporateNumbers {

    private CorporateNumbers() {
    }

    public static String random() {
        return jp.kyoso.testsupport.CorporateNumbers.random();
    }
}
