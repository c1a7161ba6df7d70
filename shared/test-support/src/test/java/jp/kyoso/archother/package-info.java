/** A made-up second service for FeatureRulesTest, which the sample service and a shared class must not import. */
package jp.kyoso.archother;
