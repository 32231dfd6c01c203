import { describe, expect, it } from 'vitest';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { articleSanitizeSchema, rehypeRejectUnsafeUrls, UnsafeUrlError } from '../../src/lib/sanitize.ts';

const clean = (html: string) => toHtml(sanitize(fromHtml(html, { fragment: true }), articleSanitizeSchema));

describe('articleSanitizeSchema', () => {
  it.each([
    ['<p>a<script>alert(1)</script>b</p>', '<p>ab</p>'],
    ['<img src="x" onerror="alert(1)">', '<img src="x">'],
    ['<p onclick="alert(1)" style="color:red">texte</p>', '<p>texte</p>'],
    ['<a href="javascript:alert(1)">lien</a>', '<a>lien</a>'],
    ['<a href="JaVaScRiPt:alert(1)">lien</a>', '<a>lien</a>'],
    ['<a href="data:text/html,x">lien</a>', '<a>lien</a>'],
    ['<iframe src="https://example.org"></iframe><p>après</p>', '<p>après</p>'],
    ['<svg><script>alert(1)</script></svg><p>après</p>', '<p>après</p>'],
    ['<form action="https://example.org"><input name="q"></form>', ''],
    ['<style>body{display:none}</style><p>texte</p>', '<p>texte</p>'],
    ['<object data="x.swf"></object><embed src="x.swf">', ''],
  ])('neutralises %s', (dirty, expected) => {
    expect(clean(dirty)).toBe(expected);
  });

  it('keeps what transcriptions need: missing-photo figures, captions, credits, web links, quotes', () => {
    const html =
      '<figure class="photo-absente"><figcaption><span class="legende">Kim Jong Un.</span> <span class="credit">AFP</span></figcaption></figure>' +
      '<blockquote><p>« Texte »</p></blockquote><p><a href="https://www.lalibre.be/x">lien</a> <em>a</em> <strong>b</strong></p><ul><li>item</li></ul><h2>Titre</h2>';
    expect(clean(html)).toBe(html);
  });

  it('drops classes a transcription does not use', () => {
    expect(clean('<figure class="x photo-absente"><figcaption>c</figcaption></figure>')).toBe(
      '<figure class="photo-absente"><figcaption>c</figcaption></figure>',
    );
  });
});

describe('rehypeRejectUnsafeUrls', () => {
  const run = (html: string) => rehypeRejectUnsafeUrls()(fromHtml(html, { fragment: true }) as Root, { path: 'content/articles/x.md' });

  it('accepts web and relative links', () => {
    expect(() => run('<a href="https://example.org">a</a><a href="#p-2">b</a><img src="photo.jpg" alt="">')).not.toThrow();
  });

  it('fails naming the file, the field and every unsafe URL', () => {
    expect(() => run('<p><a href="javascript:alert(1)">a</a> <img src="data:image/svg+xml,x" alt=""></p>')).toThrow(UnsafeUrlError);
    expect(() => run('<a href="JaVaScRiPt:alert(1)">a</a>')).toThrow(/content\/articles\/x\.md: body: .*JaVaScRiPt:alert\(1\)/);
    try {
      run('<a href="javascript:a()">a</a><img src="vbscript:b" alt="">');
    } catch (error) {
      expect(String(error)).toContain('<a href="javascript:a()">');
      expect(String(error)).toContain('<img src="vbscript:b">');
    }
  });
});
