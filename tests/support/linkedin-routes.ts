/**
 * linkedin.com as the tests and the demo serve it, whatever drives the browser: a page made up for
 * the occasion first, then the fixture for the path, else LinkedIn's own "not found" page.
 */
import type { Fixture } from './fixtures';

export const LINKEDIN_URL = /^https:\/\/([a-z0-9-]+\.)*linkedin\.com\//i;

export type Served = { status: 200 | 404; contentType: string; body: string };

const NOT_FOUND: Served = {
  status: 404,
  contentType: 'text/html',
  body: '<!doctype html><title>Not found | LinkedIn</title><h1>Page not found</h1>',
};

/** `pages`: extra routes, URL (with or without its query) → HTML, looked up at each request. */
export function linkedInSite(fixtures: Fixture[], pages: Map<string, string>): (url: URL) => Served {
  const byPath = new Map(fixtures.map((fixture) => [new URL(fixture.url).pathname.replace(/\/$/, ''), fixture.html]));
  return (url) => {
    const html = pages.get(url.href) ?? pages.get(url.origin + url.pathname) ?? byPath.get(url.pathname.replace(/\/$/, ''));
    return html === undefined ? NOT_FOUND : { status: 200, contentType: 'text/html; charset=utf-8', body: html };
  };
}
