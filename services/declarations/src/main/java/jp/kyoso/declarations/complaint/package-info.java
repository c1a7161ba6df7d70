/** Complaints about registered declarants: anyone files one, the secretariat investigates and decides. */
package jp.kyoso.declarations.complaint;
