/** Checks every service runs over its own compiled classes and documents: feature boundaries, API style, AsyncAPI. */
package jp.kyoso.testsupport.architecture;
