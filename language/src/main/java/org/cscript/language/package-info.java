/** The cscript front end: ANTLR grammar, parsing and syntax diagnostics. No Truffle here. */
package org.cscript.language;
