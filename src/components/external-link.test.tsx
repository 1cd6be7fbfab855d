import { screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { sourceUrlSchema } from '@/api/schemas/common';
import { renderWithProviders } from '@/test/render';
import { ExternalLink } from './external-link';

describe('source addresses', () => {
  test.each([
    ['https://akimvko.gov.kz/ru/news/1', true],
    ['http://omsk-news.net/economy/2020/09/20/319381.html', true],
    ['javascript:alert(1)', false],
    ['JavaScript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['ftp://example.kz/file', false],
    ['vbscript:msgbox', false],
    ['//example.kz/x', false],
  ])('%s is accepted by the schema: %s', (url, ok) => {
    expect(sourceUrlSchema.safeParse(url).success).toBe(ok);
  });

  test('an https source is a link that opens apart from this page', async () => {
    await renderWithProviders(
      <ExternalLink href="https://akimvko.gov.kz/ru/news/1">
        Akimat
      </ExternalLink>,
    );
    const link = screen.getByRole('link', { name: 'Akimat' });
    expect(link).toHaveAttribute('href', 'https://akimvko.gov.kz/ru/news/1');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  test('an http-only source keeps its citation, its address shown as text, not linked', async () => {
    const href = 'http://omsk-news.net/economy/2020/09/20/319381.html';
    await renderWithProviders(
      <ExternalLink href={href}>Omsk News</ExternalLink>,
    );
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText('Omsk News', { exact: false })).toHaveTextContent(
      `Omsk News (address without a secure connection, not linked: ${href})`,
    );
  });
});
