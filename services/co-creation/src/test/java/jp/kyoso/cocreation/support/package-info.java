/** Test mothers and helpers shared by the co-creation tests. */
package jp.kyoso.cocreation.support;
