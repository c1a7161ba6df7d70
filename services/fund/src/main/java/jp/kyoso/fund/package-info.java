/** The fund service: well-being & SDGs fund (ウェルビーイング・SDGs推進ファンド). */
package jp.kyoso.fund;
