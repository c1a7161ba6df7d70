/**
 * Youth policy proposals: enrolled students, themes, ideas and mentor comments, ideas presented to the mayor, and
 * erasure of a student.
 */
package jp.kyoso.cocreation.youth;
