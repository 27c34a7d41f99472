"""The codec's old address: Whoosh pickles each segment's codec in the table of
contents, and indexes written before :mod:`index.segments` existed name it
``index.codec.PressroomCodec``; this keeps them readable."""

from index.segments import PressroomCodec, PressroomLeafMatcher, PressroomPostingsWriter

__all__ = ["PressroomCodec", "PressroomLeafMatcher", "PressroomPostingsWriter"]
