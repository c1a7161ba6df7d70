/** The public member directory: name, type, SDGs declaration, projects; no contact data. */
package jp.kyoso.cocreation.directory;
