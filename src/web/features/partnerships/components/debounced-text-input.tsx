import { TextInput, type TextInputProps } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useState } from 'react';

interface DebouncedTextInputProps extends Omit<TextInputProps, 'value' | 'onChange'> {
  value: string;
  /** Called once typing pauses, and at once on Enter. */
  onCommit: (value: string) => void;
}

const DELAY = 350;

/** A text filter that follows the typing without sending one request per key. */
export function DebouncedTextInput({ value, onCommit, ...props }: DebouncedTextInputProps) {
  const [text, setText] = useState(value);
  const commit = useDebouncedCallback(onCommit, DELAY);
  // The URL may change from elsewhere (a chip removed, Back): show what it now holds.
  useEffect(() => setText(value), [value]);
  return (
    <TextInput
      {...props}
      value={text}
      onChange={(event) => {
        setText(event.currentTarget.value);
        commit(event.currentTarget.value);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          commit.cancel();
          onCommit(text);
        }
      }}
    />
  );
}
