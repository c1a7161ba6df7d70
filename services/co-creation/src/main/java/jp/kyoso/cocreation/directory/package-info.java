/** The public member directory (name, type, SDGs declaration, projects) and the SDG filter it shares with the seed catalogue. */
package jp.kyoso.cocreation.directory;
