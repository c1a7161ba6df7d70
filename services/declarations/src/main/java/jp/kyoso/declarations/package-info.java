/** The declarations service: SDGs declaration registry (SDGs宣言制度). */
package jp.kyoso.declarations;
