/**
 * HMAC-SHA256 over the raw request body with WebCrypto (available in service workers, pages and
 * Node 20), sent as `X-Tact-Signature: sha256=<hex>` so a receiver can check the sender.
 */
export const SIGNATURE_HEADER = 'X-Tact-Signature';

export async function hmacSha256Hex(secret: string, body: string): Promise<string> {
  const encoder = new TextEncoder();
  const key = await globalThis.crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const signature = await globalThis.crypto.subtle.sign('HMAC', key, encoder.encode(body));
  return Array.from(new Uint8Array(signature), (b) => b.toString(16).padStart(2, '0')).join('');
}

export async function signatureHeaderValue(secret: string, body: string): Promise<string> {
  return `sha256=${await hmacSha256Hex(secret, body)}`;
}
