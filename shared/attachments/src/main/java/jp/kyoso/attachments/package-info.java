/** File attachments every service handles alike: checked by content, bounded, safely named, kept in an object store. */
package jp.kyoso.attachments;
