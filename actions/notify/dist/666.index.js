export const id = 666;
export const ids = [666];
export const modules = {

/***/ 6530:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ mimeTypeFor)
/* harmony export */ });
/* unused harmony export DEFAULT_MIME_TYPE */
/**
 * Content type for an attachment, guessed from its filename.
 *
 * Atlassian stores whatever content type the upload declares, and it decides whether a browser previews the file or
 * offers it as a download. Sending `application/octet-stream` for everything turns every screenshot into an anonymous
 * blob, which is why this exists.
 *
 * The table is deliberately short: the formats people actually attach to issues and pages. A full database is a
 * megabyte of dependency for a lookup that misses nothing anyone will notice \u2014 an unknown extension simply falls back
 * to `application/octet-stream`, which is what the upload would have said anyway.
 */
const MIME_TYPES = {
    png: 'image/png',
    jpg: 'image/jpeg',
    jpeg: 'image/jpeg',
    gif: 'image/gif',
    webp: 'image/webp',
    svg: 'image/svg+xml',
    bmp: 'image/bmp',
    ico: 'image/vnd.microsoft.icon',
    tif: 'image/tiff',
    tiff: 'image/tiff',
    avif: 'image/avif',
    heic: 'image/heic',
    pdf: 'application/pdf',
    doc: 'application/msword',
    docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    xls: 'application/vnd.ms-excel',
    xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ppt: 'application/vnd.ms-powerpoint',
    pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    odt: 'application/vnd.oasis.opendocument.text',
    ods: 'application/vnd.oasis.opendocument.spreadsheet',
    rtf: 'application/rtf',
    txt: 'text/plain',
    md: 'text/markdown',
    csv: 'text/csv',
    tsv: 'text/tab-separated-values',
    log: 'text/plain',
    json: 'application/json',
    xml: 'application/xml',
    yaml: 'application/yaml',
    yml: 'application/yaml',
    html: 'text/html',
    htm: 'text/html',
    css: 'text/css',
    js: 'text/javascript',
    mjs: 'text/javascript',
    ts: 'text/plain',
    sql: 'application/sql',
    zip: 'application/zip',
    gz: 'application/gzip',
    tar: 'application/x-tar',
    '7z': 'application/x-7z-compressed',
    rar: 'application/vnd.rar',
    bz2: 'application/x-bzip2',
    mp4: 'video/mp4',
    webm: 'video/webm',
    mov: 'video/quicktime',
    avi: 'video/x-msvideo',
    mp3: 'audio/mpeg',
    wav: 'audio/wav',
    ogg: 'audio/ogg',
    m4a: 'audio/mp4',
};
const DEFAULT_MIME_TYPE = 'application/octet-stream';
/**
 * The content type for `filename`, or `application/octet-stream` when the extension is unknown or absent.
 *
 * A leading dot is not an extension \u2014 `.gitignore` is a file called `.gitignore`, not a `gitignore` file.
 */
function mimeTypeFor(filename) {
    const lastDot = filename.lastIndexOf('.');
    if (lastDot <= 0)
        return DEFAULT_MIME_TYPE;
    return MIME_TYPES[filename.slice(lastDot + 1).toLowerCase()] ?? DEFAULT_MIME_TYPE;
}


/***/ }),

/***/ 4719:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ createMultipartRequestBody),
/* harmony export */   e: () => (/* binding */ toFormDataFile)
/* harmony export */ });
/* harmony import */ var _mimeType_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6530);
/* harmony import */ var _productInfo_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(858);


const textEncoder = new TextEncoder();
let streamingSupport;
/**
 * Whether this runtime accepts a `ReadableStream` as a request body.
 *
 * Node and Chromium do and signal it by reading `duplex`; Firefox and Safari do not, and the option stays untouched.
 * Detecting it this way rather than by sniffing for `process` matters: bundlers routinely shim `process` as an empty
 * object, where reading `process.versions.node` throws outright.
 *
 * The probe constructs a request and discards it, so the caller's own stream is never touched.
 */
function supportsRequestStreaming() {
    if (streamingSupport !== undefined)
        return streamingSupport;
    if (typeof Request === 'undefined' || typeof ReadableStream === 'undefined') {
        streamingSupport = false;
        return streamingSupport;
    }
    let duplexRead = false;
    try {
        new Request('https://streaming.probe.invalid', {
            method: 'POST',
            body: new ReadableStream(),
            get duplex() {
                duplexRead = true;
                return 'half';
            },
        });
    }
    catch {
        duplexRead = false;
    }
    streamingSupport = duplexRead;
    return streamingSupport;
}
function isAsyncIterable(value) {
    if (value == null)
        return false;
    return typeof value[Symbol.asyncIterator] === 'function';
}
/** Node's `Buffer` is a `Uint8Array`, so the structural check covers it without naming a Node type. */
function isBytes(value) {
    return ArrayBuffer.isView(value) && !(value instanceof DataView);
}
function isStreamLikeContent(content) {
    if (typeof content === 'string')
        return false;
    if (content instanceof Blob)
        return false;
    if (isBytes(content))
        return false;
    if (typeof ReadableStream !== 'undefined' && content instanceof ReadableStream)
        return true;
    return isAsyncIterable(content);
}
function escapeQuotes(value) {
    return value.replace(/"/g, '%22');
}
function normalizeChunk(chunk) {
    if (typeof chunk === 'string') {
        return textEncoder.encode(chunk);
    }
    return chunk;
}
async function* readableStreamToAsyncIterable(stream) {
    const reader = stream.getReader();
    try {
        for (;;) {
            const { value, done } = await reader.read();
            if (done)
                return;
            yield normalizeChunk(value);
        }
    }
    finally {
        reader.releaseLock();
    }
}
async function* contentToAsyncIterable(content) {
    if (typeof content === 'string') {
        yield textEncoder.encode(content);
        return;
    }
    if (content instanceof Blob) {
        for await (const chunk of readableStreamToAsyncIterable(content.stream())) {
            yield chunk;
        }
        return;
    }
    if (isBytes(content)) {
        yield content;
        return;
    }
    if (typeof ReadableStream !== 'undefined' && content instanceof ReadableStream) {
        for await (const chunk of readableStreamToAsyncIterable(content)) {
            yield chunk;
        }
        return;
    }
    if (isAsyncIterable(content)) {
        for await (const chunk of content) {
            yield normalizeChunk(chunk);
        }
        return;
    }
    throw new TypeError('Unsupported attachment content type');
}
function createBoundary() {
    const suffix = typeof crypto !== 'undefined' && 'randomUUID' in crypto
        ? crypto.randomUUID().replace(/-/g, '')
        : `${Date.now()}${Math.random().toString(16).slice(2)}`;
    return `${_productInfo_js__WEBPACK_IMPORTED_MODULE_0__/* .PRODUCT_SLUG */ .Q}-${suffix}`;
}
function toReadableStream(iterable) {
    const iterator = iterable[Symbol.asyncIterator]();
    return new ReadableStream({
        async pull(controller) {
            const { value, done } = await iterator.next();
            if (done) {
                controller.close();
                return;
            }
            controller.enqueue(value);
        },
        async cancel() {
            if (typeof iterator.return === 'function') {
                await iterator.return();
            }
        },
    });
}
async function* encodeMultipart(attachments, boundary) {
    for (const attachment of attachments) {
        const contentType = attachment.content instanceof Blob && attachment.content.type
            ? attachment.content.type
            : (0,_mimeType_js__WEBPACK_IMPORTED_MODULE_1__/* .mimeTypeFor */ .k)(attachment.filename);
        const preamble = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${escapeQuotes(attachment.filename)}"\r\nContent-Type: ${contentType}\r\n\r\n`;
        yield textEncoder.encode(preamble);
        for await (const chunk of contentToAsyncIterable(attachment.content)) {
            yield chunk;
        }
        yield textEncoder.encode('\r\n');
    }
    yield textEncoder.encode(`--${boundary}--\r\n`);
}
/**
 * One {@link AttachmentInput} as a single `FormData`-appendable part.
 *
 * Multipart endpoints assemble their own `FormData` and append each attachment to it, so they need the content as one
 * value rather than as a whole encoded body \u2014 that is what this provides, and {@link createMultipartRequestBody} is the
 * streaming alternative for callers building a request by hand.
 *
 * Streaming content is collected here: a `FormData` part has to know its length, so a stream cannot stay lazy once it
 * goes into one.
 */
async function toFormDataFile(attachment) {
    const { content } = attachment;
    if (content instanceof Blob)
        return content;
    const type = (0,_mimeType_js__WEBPACK_IMPORTED_MODULE_1__/* .mimeTypeFor */ .k)(attachment.filename);
    const chunks = [];
    for await (const chunk of contentToAsyncIterable(content))
        chunks.push(chunk);
    return new Blob(chunks, { type });
}
/**
 * A multipart body for `input`, streaming it where the runtime allows.
 *
 * Content that is already in memory \u2014 a `File`, `Blob`, `Uint8Array` or string \u2014 goes into a `FormData`, which every
 * runtime handles and which lets the platform read a `File` off disk without loading it.
 *
 * Streaming content is sent as a stream where request streaming exists (Node, Chromium over HTTP/2) and is otherwise
 * collected into a `Blob` first, because Firefox and Safari cannot send a stream at all. Collecting is the fallback
 * rather than the default, so nothing silently buffers a large upload on a runtime that could have streamed it.
 */
async function createMultipartRequestBody(input) {
    const attachments = Array.isArray(input) ? input : [input];
    const hasStreamingInput = attachments.some(attachment => isStreamLikeContent(attachment.content));
    if (hasStreamingInput && supportsRequestStreaming()) {
        const boundary = createBoundary();
        return {
            body: toReadableStream(encodeMultipart(attachments, boundary)),
            headers: {
                'Content-Type': `multipart/form-data; boundary=${boundary}`,
            },
        };
    }
    const formData = new FormData();
    for (const attachment of attachments) {
        formData.append('file', await toFormDataFile(attachment), attachment.filename);
    }
    return { body: formData };
}


/***/ }),

/***/ 2666:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ApiError: () => (/* reexport */ apiError/* ApiError */.hD),
  AuthError: () => (/* reexport */ apiError/* AuthError */.lR),
  BlobSchema: () => (/* reexport */ blobSchema/* BlobSchema */.T),
  BufferSchema: () => (/* reexport */ bufferSchema/* BufferSchema */.Y),
  ConfigError: () => (/* reexport */ oauthError/* ConfigError */.x),
  ForbiddenError: () => (/* reexport */ apiError/* ForbiddenError */.qQ),
  NetworkError: () => (/* reexport */ networkError/* NetworkError */.D),
  NotFoundError: () => (/* reexport */ apiError/* NotFoundError */.m_),
  OAuthError: () => (/* reexport */ oauthError/* OAuthError */.W),
  RateLimitError: () => (/* reexport */ apiError/* RateLimitError */.OE),
  SchemaMismatchError: () => (/* reexport */ schemaMismatchError/* SchemaMismatchError */.K),
  ScopeError: () => (/* reexport */ apiError/* ScopeError */.He),
  ServerError: () => (/* reexport */ apiError/* ServerError */.gP),
  apiObject: () => (/* reexport */ apiObject/* apiObject */.a),
  authOAuth2Schema: () => (/* reexport */ auth/* authOAuth2Schema */.fC),
  authSchema: () => (/* reexport */ auth/* authSchema */.Qr),
  clientConfigSchema: () => (/* reexport */ clientConfig/* clientConfigSchema */.H),
  createClient: () => (/* reexport */ createClient/* createClient */.U),
  createMultipartRequestBody: () => (/* reexport */ multipartRequest/* createMultipartRequestBody */.Y),
  createOAuth2Manager: () => (/* reexport */ oauth2Manager/* createOAuth2Manager */.H),
  exchangeAuthorizationCode: () => (/* reexport */ helpers/* exchangeAuthorizationCode */.ye),
  generateAuthorizationUrl: () => (/* reexport */ helpers/* generateAuthorizationUrl */.cJ),
  getAccessibleResources: () => (/* reexport */ helpers/* getAccessibleResources */.WL),
  httpMethodSchema: () => (/* reexport */ httpMethodSchema),
  isApiError: () => (/* reexport */ predicates/* isApiError */.d7),
  isAuthError: () => (/* reexport */ predicates/* isAuthError */.HY),
  isConfigError: () => (/* reexport */ predicates/* isConfigError */.De),
  isForbiddenError: () => (/* reexport */ predicates/* isForbiddenError */.io),
  isNetworkError: () => (/* reexport */ predicates/* isNetworkError */.TX),
  isNotFoundError: () => (/* reexport */ predicates/* isNotFoundError */.El),
  isOAuthError: () => (/* reexport */ predicates/* isOAuthError */.Q6),
  isRateLimitError: () => (/* reexport */ predicates/* isRateLimitError */.kt),
  isReauthorizationRequired: () => (/* reexport */ predicates/* isReauthorizationRequired */.IF),
  isSchemaMismatchError: () => (/* reexport */ predicates/* isSchemaMismatchError */._i),
  isScopeError: () => (/* reexport */ predicates/* isScopeError */.VN),
  isServerError: () => (/* reexport */ predicates/* isServerError */.GQ),
  mimeTypeFor: () => (/* reexport */ mimeType/* mimeTypeFor */.k),
  openEnum: () => (/* reexport */ openEnum/* openEnum */.S),
  parseCallbackUrl: () => (/* reexport */ parseCallbackUrl),
  refreshOAuth2Token: () => (/* reexport */ helpers/* refreshOAuth2Token */.cH),
  resetSchemaMismatchReporting: () => (/* reexport */ schemaMismatch/* resetSchemaMismatchReporting */.pT),
  sendRequestOptionsSchema: () => (/* reexport */ sendRequestOptionsSchema),
  toFormDataFile: () => (/* reexport */ multipartRequest/* toFormDataFile */.e),
  withRetry: () => (/* reexport */ withRetry)
});

// EXTERNAL MODULE: ../../node_modules/jira.js/dist/core/errors/apiError.js
var apiError = __webpack_require__(987);
// EXTERNAL MODULE: ../../node_modules/jira.js/dist/core/errors/networkError.js
var networkError = __webpack_require__(6285);
// EXTERNAL MODULE: ../../node_modules/jira.js/dist/core/errors/oauthError.js
var oauthError = __webpack_require__(9378);
// EXTERNAL MODULE: ../../node_modules/jira.js/dist/core/errors/schemaMismatchError.js
var schemaMismatchError = __webpack_require__(5242);
// EXTERNAL MODULE: ../../node_modules/jira.js/dist/core/errors/predicates.js
var predicates = __webpack_require__(9399);
// EXTERNAL MODULE: ../../node_modules/jira.js/dist/core/apiObject.js
var apiObject = __webpack_require__(1758);
// EXTERNAL MODULE: ../../node_modules/jira.js/dist/core/openEnum.js
var openEnum = __webpack_require__(5152);
// EXTERNAL MODULE: ../../node_modules/jira.js/dist/core/createClient.js + 2 modules
var createClient = __webpack_require__(1036);
// EXTERNAL MODULE: ../../node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(3045);
;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/core/schemas/httpMethod.js

const httpMethodSchema = schemas/* enum */.k5n(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);

;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/core/schemas/sendRequestOptions.js


const sendRequestOptionsSchema = schemas/* object */.Ikc({
    url: schemas/* string */.YjP(),
    method: httpMethodSchema.optional(),
    headers: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).optional(),
    body: schemas/* unknown */.L5J().optional(),
    searchParams: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).optional(),
});

// EXTERNAL MODULE: ../../node_modules/jira.js/dist/core/schemas/clientConfig.js
var clientConfig = __webpack_require__(3609);
// EXTERNAL MODULE: ../../node_modules/jira.js/dist/core/schemas/auth.js
var auth = __webpack_require__(3570);
;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/core/oauth/parseCallbackUrl.js

/** Constant-time string comparison, so a mismatch leaks nothing through timing. */
function timingSafeEquals(a, b) {
    if (a.length !== b.length)
        return false;
    let diff = 0;
    for (let i = 0; i < a.length; i += 1) {
        diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
    }
    return diff === 0;
}
/**
 * Read the authorization code out of the URL Atlassian redirected the user to.
 *
 * Handles the three ways this step goes wrong, each of which is easy to forget by hand:
 *
 * - The user declined on the consent screen, so the URL carries `error=access_denied` and no code;
 * - `state` is missing or does not match the one you issued;
 * - The URL is simply not a callback \u2014 no code, no error.
 *
 * Each throws an {@link OAuthError}; for a decline, `error` is `access_denied`, which
 * {@link core/errors/predicates!isReauthorizationRequired} recognises.
 *
 * @example
 *   ```typescript
 *   const { code } = parseCallbackUrl(request.url, { expectedState: session.oauthState });
 *
 *   const tokens = await exchangeAuthorizationCode({ clientId, clientSecret, code, redirectUri });
 *   ```;
 *
 * @public
 */
function parseCallbackUrl(url, options) {
    const parsed = typeof url === 'string' ? new URL(url, 'http://localhost') : url;
    const params = parsed.searchParams;
    const error = params.get('error');
    if (error) {
        const description = params.get('error_description') ?? undefined;
        throw new oauthError/* OAuthError */.W(error === 'access_denied'
            ? `The user declined authorization${description ? `: ${description}` : '.'}`
            : `Authorization failed: ${error}${description ? ` \u2014 ${description}` : ''}`, { error, errorDescription: description, reauthorizationRequired: error === 'access_denied' });
    }
    const state = params.get('state');
    if (state === null || !timingSafeEquals(state, options.expectedState)) {
        throw new oauthError/* OAuthError */.W('The `state` in the callback does not match the one issued for this authorization request. The callback was ' +
            'not initiated by this session \u2014 discard it.', { error: 'invalid_state' });
    }
    const code = params.get('code');
    if (!code) {
        throw new oauthError/* OAuthError */.W('The callback URL carries neither an authorization code nor an error.', {
            error: 'invalid_request',
        });
    }
    return { code, state };
}

// EXTERNAL MODULE: ../../node_modules/jira.js/dist/core/oauth/helpers.js
var helpers = __webpack_require__(3628);
// EXTERNAL MODULE: ../../node_modules/jira.js/dist/core/oauth/oauth2Manager.js
var oauth2Manager = __webpack_require__(1239);
// EXTERNAL MODULE: ../../node_modules/jira.js/dist/core/formData/blobSchema.js
var blobSchema = __webpack_require__(6098);
// EXTERNAL MODULE: ../../node_modules/jira.js/dist/core/formData/bufferSchema.js
var bufferSchema = __webpack_require__(9407);
// EXTERNAL MODULE: ../../node_modules/jira.js/dist/core/formData/multipartRequest.js
var multipartRequest = __webpack_require__(4719);
// EXTERNAL MODULE: ../../node_modules/jira.js/dist/core/formData/mimeType.js
var mimeType = __webpack_require__(6530);
// EXTERNAL MODULE: ../../node_modules/jira.js/dist/core/errors/fromResponse.js
var fromResponse = __webpack_require__(6190);
;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/core/withRetry.js

/**
 * Wraps an async operation with automatic retry on failures worth retrying.
 *
 * Retries a transient transport failure and a 502/503/504 gateway error \u2014 the same policy the client applies to its own
 * requests, so wrapping a call does not change which failures count as temporary. Everything else is rethrown on the
 * first attempt: 401, 403, 404 and 500 describe the request, not the moment. A 429 joins the list only under
 * `retryRateLimit`, and then honours `Retry-After`.
 *
 * It is therefore a transient-failure helper, not a poller \u2014 to wait on eventually-consistent state, loop on the value
 * rather than on a thrown error.
 *
 * @example
 *   ```typescript
 *   const page = await withRetry(
 *     () => confluence.page.getPageById({ id: 12345 }),
 *     { maxAttempts: 4, initialDelayMs: 500 },
 *   );
 *   ```;
 *
 * @public
 */
async function withRetry(operation, options = {}) {
    const { maxAttempts = 3, initialDelayMs = 1000, backoffFactor = 2, retryRateLimit = false } = options;
    let lastError;
    let delayMs = initialDelayMs;
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
        try {
            return await operation();
        }
        catch (err) {
            lastError = err;
            const rateLimited = retryRateLimit && (0,predicates/* isRateLimitError */.kt)(err);
            const isRetryable = rateLimited ||
                ((0,predicates/* isNetworkError */.TX)(err) && err.transient) ||
                ((0,predicates/* isApiError */.d7)(err) && fromResponse/* TRANSIENT_HTTP_STATUSES */.Fc.has(err.status));
            if (!isRetryable || attempt === maxAttempts) {
                throw err;
            }
            const waitMs = ((0,predicates/* isRateLimitError */.kt)(err) ? err.retryAfterMs : undefined) ?? delayMs;
            await new Promise(resolve => setTimeout(resolve, waitMs));
            delayMs = Math.round(delayMs * backoffFactor);
        }
    }
    throw lastError;
}

// EXTERNAL MODULE: ../../node_modules/jira.js/dist/core/schemaMismatch.js
var schemaMismatch = __webpack_require__(5298);
;// CONCATENATED MODULE: ../../node_modules/jira.js/dist/core/index.js











/***/ })

};
