/** What every City Lab feature uses: access rules, field errors, state-rule refusals as 409s, paging, SDG target lists, ids in events. */
package jp.kyoso.citylab.shared;
