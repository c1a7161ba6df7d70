/** Co-creation's reactions to other services' events (City Lab's answers to promoted issues), through the inbox. */
package jp.kyoso.cocreation.messaging;
