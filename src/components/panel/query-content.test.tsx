import { queryOptions, useQuery } from '@tanstack/react-query';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/test/render';
import { QueryContent } from './query-content';

type Answer = string[] | Error;

/** A query that answers with `answers` in turn (an Error rejects), then the last. */
function answering(answers: readonly Answer[]) {
  let call = 0;
  const nextAnswer = () => {
    const next = answers[Math.min(call, answers.length - 1)] ?? [];
    call += 1;
    return next instanceof Error ? Promise.reject(next) : Promise.resolve(next);
  };
  return queryOptions({ queryKey: ['test', answers], queryFn: nextAnswer });
}

function Body({ answers }: { answers: readonly Answer[] }) {
  const [options] = useState(() => answering(answers));
  const query = useQuery(options);
  return (
    <QueryContent
      query={query}
      skeleton={<p>loading</p>}
      isEmpty={(rows) => rows.length === 0}
      empty="nothing here"
    >
      {(rows) => <p>{rows.join(', ')}</p>}
    </QueryContent>
  );
}

describe('QueryContent', () => {
  it('shows the skeleton, then the body', async () => {
    await renderWithProviders(<Body answers={[['honey', 'maral']]} />);
    expect(screen.getByText('loading')).toBeVisible();
    expect(await screen.findByText('honey, maral')).toBeVisible();
  });

  it('shows the empty state, never an empty body', async () => {
    await renderWithProviders(<Body answers={[[]]} />);
    expect(await screen.findByText('nothing here')).toBeVisible();
  });

  it('shows the error with a retry that recovers', async () => {
    await renderWithProviders(<Body answers={[new Error('down'), ['ok']]} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('ok')).toBeVisible();
  });
});
