/** Field-experiment proposals (実証実験提案型), the test-field catalogue, and the host departments asked and their answers. */
package jp.kyoso.citylab.experiment;
