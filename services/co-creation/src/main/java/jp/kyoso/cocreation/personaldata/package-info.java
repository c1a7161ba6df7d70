/** Personal data of the people of member organisations: the admins' export and erasure under a pseudonym. */
package jp.kyoso.cocreation.personaldata;
