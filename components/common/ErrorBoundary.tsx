import { Component, type ReactNode } from 'react';
import { describeStorageError } from '@/utils/agreements/storage-errors';
import { Banner } from './Banner';
import { t } from './i18n';

/**
 * A failed live query (storage blocked, quota, a closed database) throws during render; this turns it into the
 * message a user can act on, with a retry, instead of a blank page.
 */
export class StorageErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  state = { error: null as unknown };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  render() {
    if (this.state.error) {
      return (
        <Banner
          tone="error"
          action={
            <button type="button" className="btn" onClick={() => this.setState({ error: null })}>
              {t('retry')}
            </button>
          }
        >
          {describeStorageError(this.state.error).message}
        </Banner>
      );
    }
    return this.props.children;
  }
}
