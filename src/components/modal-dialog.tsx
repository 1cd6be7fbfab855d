import { type ReactNode, useEffect, useId, useRef } from 'react';
import { useI18n } from '@/i18n/i18n';
import './modal-dialog.css';

/**
 * A modal `<dialog>` named by its heading, with a Close button; Escape and
 * Close call `onClose`. The body mounts only while open, so its queries and
 * workers live no longer than the dialog.
 */
export function ModalDialog({
  open,
  onClose,
  title,
  className,
  children,
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  className?: string;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      className={`modal-dialog ${className ?? ''}`}
      onClose={onClose}
    >
      {/* A div, not <header>: a banner landmark inside a dialog confuses screen readers. */}
      <div className="dialog-header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="button button-quiet" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
      {open ? children : null}
    </dialog>
  );
}
