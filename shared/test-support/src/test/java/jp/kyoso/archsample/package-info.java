/** A made-up service packaged by feature, with one of each mistake FeatureRulesTest expects to be found. */
package jp.kyoso.archsample;
