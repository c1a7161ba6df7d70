/** Use cases over the user store: signing in, registering accounts and seeding the demo users. */
package jp.kyoso.portal.application;
