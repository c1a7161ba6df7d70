/** Collaboration projects (連携事業): started by an adopted proposal or an agreed experiment, listed publicly, completed with a result report. */
package jp.kyoso.citylab.project;
