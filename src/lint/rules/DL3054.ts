import type { Rule } from '../types.js';
import { labelValueRule } from './support/labels.js';

// The identifiers of the SPDX license list that container images use in practice; an id outside it is
// reported, so a rare but valid id needs `LicenseRef-…` or an ignore pragma (see the docs page).
const IDS = new Set(
  `0BSD AFL-3.0 AGPL-1.0 AGPL-3.0 AGPL-3.0-only AGPL-3.0-or-later Apache-1.0 Apache-1.1 Apache-2.0 APSL-2.0
  Artistic-1.0 Artistic-2.0 Beerware BlueOak-1.0.0 BSD-1-Clause BSD-2-Clause BSD-2-Clause-Patent BSD-3-Clause
  BSD-3-Clause-Clear BSD-4-Clause BSL-1.0 BUSL-1.1 bzip2-1.0.6 CAL-1.0 CC-BY-1.0 CC-BY-2.0 CC-BY-2.5 CC-BY-3.0
  CC-BY-4.0 CC-BY-NC-4.0 CC-BY-NC-SA-4.0 CC-BY-ND-4.0 CC-BY-SA-3.0 CC-BY-SA-4.0 CC0-1.0 CDDL-1.0 CDDL-1.1
  CECILL-2.1 CPAL-1.0 CPL-1.0 CUA-OPL-1.0 ECL-2.0 EFL-2.0 Elastic-2.0 EPL-1.0 EPL-2.0 EUPL-1.1 EUPL-1.2
  FSFAP FTL GFDL-1.3 GFDL-1.3-only GFDL-1.3-or-later GPL-1.0 GPL-1.0-only GPL-1.0-or-later GPL-2.0 GPL-2.0-only
  GPL-2.0-or-later GPL-3.0 GPL-3.0-only GPL-3.0-or-later HPND ICU IJG IPL-1.0 ISC JSON LGPL-2.0 LGPL-2.0-only
  LGPL-2.0-or-later LGPL-2.1 LGPL-2.1-only LGPL-2.1-or-later LGPL-3.0 LGPL-3.0-only LGPL-3.0-or-later Libpng
  libtiff LPL-1.02 LPPL-1.3c MirOS MIT MIT-0 MIT-CMU MPL-1.0 MPL-1.1 MPL-2.0 MPL-2.0-no-copyleft-exception
  MS-PL MS-RL MulanPSL-2.0 NCSA NTP ODbL-1.0 OFL-1.1 OpenSSL OSL-3.0 PHP-3.0 PHP-3.01 PostgreSQL PSF-2.0
  Python-2.0 Qhull Ruby SISSL SSPL-1.0 Sleepycat UPL-1.0 Unicode-3.0 Unicode-DFS-2016 Unlicense Vim W3C WTFPL
  X11 Xnet Zend-2.0 Zlib zlib-acknowledgement ZPL-2.0 ZPL-2.1`
    .split(/\s+/)
    .filter((s) => s !== '')
    .map((s) => s.toLowerCase()),
);
const EXCEPTIONS =
  /^(Classpath-exception-2\.0|LLVM-exception|GCC-exception-3\.1|Autoconf-exception-3\.0|Bison-exception-2\.2|OpenJDK-assembly-exception-1\.0|Font-exception-2\.0|Qt-LGPL-exception-1\.1|LicenseRef-[A-Za-z0-9.-]+)$/i;

/** One license id: listed, `id+`, or a `LicenseRef-…`/`DocumentRef-…:LicenseRef-…` reference. */
function licenseId(token: string): boolean {
  if (/^(DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+$/.test(token)) return true;
  return IDS.has(token.replace(/\+$/, '').toLowerCase());
}

/** An SPDX license expression: ids joined by AND/OR, `WITH` exceptions, parentheses. */
function isValid(value: string): boolean {
  const tokens = value
    .replace(/[()]/g, ' ')
    .trim()
    .split(/\s+/)
    .filter((t) => t !== '');
  let expectId = true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (expectId) {
      if (!licenseId(t)) return false;
      expectId = false;
    } else if (t === 'WITH') {
      if (!EXCEPTIONS.test(tokens[i + 1] ?? '')) return false;
      i++;
    } else if (t === 'AND' || t === 'OR') {
      expectId = true;
    } else {
      return false;
    }
  }
  return tokens.length > 0 && !expectId;
}

/** A license label in SPDX form can be read by compliance scanners without guessing. */
export const DL3054: Rule = labelValueRule(
  {
    code: 'DL3054',
    name: 'label-spdx',
    severity: 'warning',
    category: 'correctness',
    fixable: false,
    description: 'Labels typed `spdx` in the label schema must hold an SPDX license expression.',
    docs: 'docs/rules/DL3054.md',
  },
  'spdx',
  isValid,
  'an SPDX license identifier or expression (MIT, Apache-2.0 OR MIT)',
);
