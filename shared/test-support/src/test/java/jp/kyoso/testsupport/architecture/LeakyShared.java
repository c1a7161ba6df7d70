package jp.kyoso.testsupport.architecture;

import jp.kyoso.archother.OtherThing;

/** A class of a shared module (test-support) importing a service, for FeatureRulesTest. */
class LeakyShared {
    OtherThing thing() {
        return new OtherThing("x");
    }
}
